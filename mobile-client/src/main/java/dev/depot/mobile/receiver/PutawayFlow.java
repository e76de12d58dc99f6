package dev.depot.mobile.receiver;

import dev.depot.model.commands.PutAway;
import dev.depot.model.commands.PutawayOverride;
import dev.depot.model.gs1.Gs1Parser;
import dev.depot.model.views.PutawayTaskView;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The scan discipline of one putaway: scan the label of the bin the goods go into. The suggested bin
 * is confirmed at once; another bin needs one tap saying why (unless nothing was suggested). A scan of
 * an item or pallet label instead of a bin is answered, and changes nothing.
 */
public final class PutawayFlow {

    /** Where the receiver is in the putaway. */
    public enum Step {
        SCAN_BIN,
        GIVE_REASON,
        CONFIRM
    }

    /** The flow's answer to a scan or a tap: taken, or refused with the reason. */
    public sealed interface Answer {
        String message();

        record Taken(String message) implements Answer {
        }

        record Refused(String message) implements Answer {
        }
    }

    private final PutawayTaskView task;
    private Step step = Step.SCAN_BIN;
    private String bin;
    private PutawayOverride reason;

    public PutawayFlow(PutawayTaskView task) {
        this.task = task;
    }

    public PutawayTaskView task() {
        return task;
    }

    public Step step() {
        return step;
    }

    /** The bin scanned, once there is one. */
    public Optional<String> bin() {
        return Optional.ofNullable(bin);
    }

    /** A bin label; a new scan replaces the bin scanned before, and with it the reason given. */
    public Answer scan(String scanned) {
        String text = scanned.strip();
        if (text.isEmpty()) {
            return new Answer.Refused("Scan the label of the bin");
        }
        if (Gs1Parser.looksLikeGs1(text) || text.matches("\\d{8,}")) {
            return new Answer.Refused("That is a product or pallet label: scan the label on the bin");
        }
        bin = text.toUpperCase(Locale.ROOT);
        reason = null;
        if (!task.hasSuggestion()) {
            step = Step.CONFIRM;
            return new Answer.Taken("Bin " + bin + ". Check the quantity and put away.");
        }
        if (bin.equals(task.suggestedBin().toUpperCase(Locale.ROOT))) {
            step = Step.CONFIRM;
            return new Answer.Taken("Bin " + bin + " is the suggested one. Check the quantity and put away.");
        }
        step = Step.GIVE_REASON;
        return new Answer.Taken("Bin " + bin + " is not the suggested " + task.suggestedBin() + ": why not?");
    }

    /** Why the goods went into another bin than suggested. */
    public Answer because(PutawayOverride why) {
        if (step != Step.GIVE_REASON) {
            return new Answer.Refused(bin == null ? "Scan the bin first" : "No reason needed: " + bin + " is the suggested bin");
        }
        reason = why;
        step = Step.CONFIRM;
        return new Answer.Taken(why.label() + ": into " + bin + ". Check the quantity and put away.");
    }

    /** The fact to record: this many of the task's goods are now in the scanned bin. Only once the bin is confirmed. */
    public PutAway putAway(BigDecimal quantity) {
        if (step != Step.CONFIRM) {
            throw new IllegalStateException(step == Step.SCAN_BIN ? "scan the bin first" : "say why not the suggested bin first");
        }
        return new PutAway(task.id(), bin, quantity, reason);
    }

    /** What the flow asks for now, in the receiver's words. */
    public String prompt() {
        return switch (step) {
            case SCAN_BIN -> task.hasSuggestion() ? "Scan bin " + task.suggestedBin() : "Scan the bin you put it in";
            case GIVE_REASON -> "Tap why not " + task.suggestedBin();
            case CONFIRM -> "Press Enter to put away";
        };
    }
}
