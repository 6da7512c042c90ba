package org.primarysources.archive.core.citing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs other people's parsers on our citation files. A missing tool fails the test with what to install: these
 * checks are never skipped. Public for the WAR's tests, which run the same scripts on what the API answers (their
 * module copies src/test/js and the Python scripts as this one does).
 */
public final class OutsideTools {

    /** Where the build ran {@code npm ci} for src/test/js (pre-integration-test); relative to the module. */
    static final Path JS = Path.of("target", "js");
    static final String PYTHON = "/usr/bin/python3";

    private OutsideTools() {
    }

    public record Result(String stdout, String stderr) {
    }

    /** Runs a node script of src/test/js with its npm dependencies. */
    public static Result node(String script, String... arguments) {
        if (!Files.isDirectory(JS.resolve("node_modules"))) {
            fail(JS.toAbsolutePath() + "/node_modules is missing: run the ITs with `mvn verify`, which copies "
                    + "src/test/js there and runs `npm ci` (needs Debian packages nodejs and npm)");
        }
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        return run(JS, "node (Debian package nodejs)", command);
    }

    /** Runs a Python script from the test classpath with Debian's interpreter, which has Debian's modules. */
    public static Result python(String resource, String debianPackage, String... arguments) {
        Path script = Path.of("target", "test-classes").resolve(resource);
        if (!Files.isRegularFile(Path.of(PYTHON))) {
            fail(PYTHON + " is missing: apt-get install python3 " + debianPackage);
        }
        List<String> command = new ArrayList<>(List.of(PYTHON, script.toString()));
        command.addAll(List.of(arguments));
        return run(Path.of("."), debianPackage, command);
    }

    /** Runs a command; fails the test, saying what to install, when the program is absent or exits non-zero. */
    public static Result run(Path directory, String debianPackage, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("cannot run " + command.get(0) + " (" + e.getMessage() + "): apt-get install " + debianPackage);
        }
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 2 minutes");
            }
            Result result = new Result(stdout.get(), stderr.get());
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + " (is " + debianPackage
                        + " installed?):\n" + result.stderr() + result.stdout());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public static Path write(Path directory, String fileName, String content) {
        try {
            return Files.writeString(directory.resolve(fileName), content, StandardCharsets.UTF_8).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String classpathResource(String name) {
        try (InputStream in = OutsideTools.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return fail(name + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject jsonObject(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    public static JsonArray jsonArray(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
