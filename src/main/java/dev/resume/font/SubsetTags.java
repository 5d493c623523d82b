package dev.resume.font;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The random source a font's subset tag ("ABCDEF+Font") is drawn from when a document closes:
 * one per thread, each reseeded from the font's name before a document closes, so that
 * documents closed at once on several threads (a batch, a server's clients) each get the tag
 * a render on its own gets, with no lock around the close.
 */
final class SubsetTags extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final transient byte[] seed;
    private final transient ThreadLocal<SecureRandom> current;

    SubsetTags(String name) {
        // No engine of its own: every draw goes to the thread's.
        super((java.security.SecureRandomSpi) null, null);
        this.seed = name.getBytes(StandardCharsets.UTF_8);
        this.current = ThreadLocal.withInitial(this::seeded);
    }

    /** The calling thread starts the sequence again. */
    void reset() {
        current.set(seeded());
    }

    private SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        current.get().nextBytes(bytes);
    }

    @Override
    public void setSeed(byte[] more) {
        current.get().setSeed(more);
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        return current.get().generateSeed(numBytes);
    }
}
