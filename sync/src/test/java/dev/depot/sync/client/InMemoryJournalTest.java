package dev.depot.sync.client;

class InMemoryJournalTest extends DeviceJournalContract {

    @Override
    protected DeviceJournal newJournal() {
        return new InMemoryJournal();
    }
}
