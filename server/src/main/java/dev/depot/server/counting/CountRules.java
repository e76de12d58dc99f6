package dev.depot.server.counting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a count means against the books: the same, close enough to adjust, far enough off to count
 * again (a first count only), or worth enough that a supervisor approves the adjustment.
 *
 * @param tolerancePercent how far off the books (in percent of them) a count is still believable
 * @param approvalAbove    the value of a difference above which a supervisor approves the adjustment
 */
record CountRules(BigDecimal tolerancePercent, BigDecimal approvalAbove) {

    static final CountRules DEFAULT = new CountRules(new BigDecimal("2"), new BigDecimal("100.00"));

    enum Verdict {
        /** The bin holds what the books say. */
        MATCHED,
        /** The count stands: the ledger is adjusted to it. */
        ADJUST,
        /** A first count far off the books: someone counts again before anything changes. */
        RECOUNT,
        /** The difference is worth more than a counter may adjust alone. */
        APPROVAL
    }

    Verdict judge(int attempt, BigDecimal book, BigDecimal counted, BigDecimal unitCost) {
        BigDecimal difference = counted.subtract(book).abs();
        if (difference.signum() == 0) {
            return Verdict.MATCHED;
        }
        BigDecimal believable = book.abs().multiply(tolerancePercent).divide(BigDecimal.valueOf(100), 3, RoundingMode.DOWN);
        if (attempt == 1 && difference.compareTo(believable) > 0) {
            return Verdict.RECOUNT;
        }
        return difference.multiply(unitCost).compareTo(approvalAbove) > 0 ? Verdict.APPROVAL : Verdict.ADJUST;
    }
}
