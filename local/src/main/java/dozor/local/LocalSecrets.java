package dozor.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Generated secrets of a local installation, kept in {@code <data folder>/secrets.properties} (owner-only), so a
 * restart finds the same database passwords. The admin's password is not here: it lives only as a hash.
 */
final class LocalSecrets {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Path file;

    private final Properties values = new Properties();

    private LocalSecrets(Path file) {
        this.file = file;
    }

    static LocalSecrets in(Path dataDirectory) {
        LocalSecrets secrets = new LocalSecrets(dataDirectory.resolve("secrets.properties"));
        try {
            Files.createDirectories(dataDirectory);
            if (Files.exists(secrets.file)) {
                try (Reader in = Files.newBufferedReader(secrets.file)) {
                    secrets.values.load(in);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return secrets;
    }

    /** The stored value, or a new random one that is stored at once. */
    synchronized String get(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            value = random(24);
            values.setProperty(key, value);
            save();
        }
        return value;
    }

    private void save() {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
                catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            try (Writer out = Files.newBufferedWriter(file)) {
                values.store(out, "Dozor local secrets: generated at first start. Keep private.");
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String random(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
