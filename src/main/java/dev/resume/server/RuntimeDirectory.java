package dev.resume.server;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The per-user folder that holds the servers' sockets: {@code $XDG_RUNTIME_DIR/resume}, or
 * {@code resume-UID} in the temporary folder. Made with mode 0700 before any socket is bound in
 * it, and used only when it is a real folder (no link) of this user's with exactly that mode:
 * a folder another user made there first is refused, never repaired. The sockets in it are
 * never chmod-ed: the folder is what keeps other users out.
 */
public final class RuntimeDirectory {
    private RuntimeDirectory() {}

    static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** The folder for this user, as the launcher computes it too. */
    public static Path forUser(Map<String, String> environment) {
        String xdg = environment.get("XDG_RUNTIME_DIR");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute() && Files.isDirectory(Path.of(xdg))) {
            return Path.of(xdg, "resume");
        }
        String tmp = environment.getOrDefault("TMPDIR", "");
        return Path.of(tmp.isEmpty() ? "/tmp" : tmp, "resume-" + uid());
    }

    /** This process's user id. */
    static long uid() {
        return new com.sun.security.auth.module.UnixSystem().getUid();
    }

    /** Makes {@code dir} (mode 0700) if missing, and returns its owner once it is checked to be this user's private folder. */
    static UserPrincipal ensure(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException e) {
                // Made at the same moment by another start: checked below like any other.
            }
        }
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Object owner = Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (!a.isDirectory() || a.isSymbolicLink()) {
            throw new IOException(dir + " is not a folder");
        }
        if (!(owner instanceof Integer id) || id != uid()) {
            throw new IOException(dir + " belongs to another user");
        }
        if (!a.permissions().equals(OWNER_ONLY)) {
            throw new IOException(dir + " is not private (mode " + PosixFilePermissions.toString(a.permissions()) + ", not rwx------)");
        }
        return a.owner();
    }

    /**
     * This process's umask, which Java cannot ask for: the mode a folder made with none is given.
     * Clients with another umask are not served (their files would get other permissions).
     */
    static int umask(Path dir) throws IOException {
        Path probe = dir.resolve("umask-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createDirectory(probe);
        try {
            int mode = 0;
            for (PosixFilePermission p : Files.getPosixFilePermissions(probe, LinkOption.NOFOLLOW_LINKS)) {
                mode |= 0400 >> p.ordinal();
            }
            return 0777 & ~mode;
        } finally {
            Files.delete(probe);
        }
    }
}
