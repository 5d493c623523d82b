package dev.resume.server;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * One command a client asks the server to run, as it would have run in-process there.
 *
 * @param arguments the command line after {@code resume}
 * @param files the client's working directory and standard output ({@code -}), as paths
 * @param environment the client's environment variables
 * @param out its standard output
 * @param err its standard error
 * @param terminals bit 0: standard input is a terminal, bit 1 standard output, bit 2 standard error
 */
public record Request(List<String> arguments, ClientFileSystem files, Map<String, String> environment, OutputStream out,
        OutputStream err, int terminals) {
    public Request {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    public boolean terminal(int fd) {
        return (terminals & (1 << fd)) != 0;
    }

    /** Runs a request to its exit code; what it prints goes to the request's streams. */
    @FunctionalInterface
    public interface Handler {
        int handle(Request request) throws Exception;
    }
}
