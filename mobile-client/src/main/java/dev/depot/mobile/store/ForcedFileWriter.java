package dev.depot.mobile.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.store.storage.types.StorageFile;
import org.eclipse.store.storage.types.StorageFileWriter;

/**
 * EclipseStore's writer, plus an fsync after every write. EclipseStore 2.1 leaves its writes in
 * the OS cache, which survives the app being killed but not the battery being pulled; a command the
 * picker saw accepted must survive both. Data and transaction-log writes are each forced before
 * the next one starts, so the log never points at data that did not reach the disk.
 */
final class ForcedFileWriter implements StorageFileWriter {

    @Override
    public long write(StorageFile file, Iterable<? extends ByteBuffer> buffers) {
        long written = file.writeBytes(buffers);
        // fsync works on the file, not on the descriptor: a second channel flushes what EclipseStore's wrote
        try (FileChannel channel = FileChannel.open(Path.of(file.file().toPathString()), StandardOpenOption.WRITE)) {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not flush " + file.file().toPathString() + " to disk", e);
        }
        return written;
    }
}
