package io.sigillum.benchmarks.measure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options every service load run takes, read as they come: {@code --heap=SIZE},
 * {@code --no-jmh}, {@code --keep}, {@code --service-jvm=OPT} (repeatable) and, in the runs that
 * profile, {@code --profile=FILE}; every argument that is not {@code --name[=value]} is JMH's own.
 */
public final class CommonOptions {

    private final boolean profiles;
    private final List<String> serviceJvm = new ArrayList<>();
    private final List<String> jmhArgs = new ArrayList<>();
    private String heap;
    private boolean jmh = true;
    private boolean keep;
    private Path profile;

    /**
     * @param heap     the services' default heap
     * @param profiles whether the run takes {@code --profile}
     */
    public CommonOptions(String heap, boolean profiles) {
        this.heap = heap;
        this.profiles = profiles;
    }

    /**
     * Sets JMH's arguments aside and reads these options as the run's loop reaches them, so that
     * the first bad option, the run's own or one of these, is the one reported.
     *
     * @return the run's own {@code --name[=value]} options, in order
     */
    public Iterable<OptionArguments.Option> own(String... args) {
        List<OptionArguments.Option> options = options(args);
        return () -> options.stream().filter(option -> !read(option)).iterator();
    }

    private List<OptionArguments.Option> options(String... args) {
        List<OptionArguments.Option> options = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                jmhArgs.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            options.add(new OptionArguments.Option(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                    equals < 0 ? null : arg.substring(equals + 1)));
        }
        return options;
    }

    /**
     * @return whether the option is one of these (and was taken); false leaves it to the run
     * @throws IllegalArgumentException when it is one of these with a bad value
     */
    private boolean read(OptionArguments.Option option) {
        String name = option.name();
        String value = option.value();
        switch (name) {
            case "heap" -> heap = OptionArguments.required(name, value);
            case "no-jmh" -> jmh = false;
            case "keep" -> keep = true;
            case "service-jvm" -> serviceJvm.add(OptionArguments.required(name, value));
            case "profile" -> {
                if (!profiles) {
                    return false;
                }
                profile = Path.of(OptionArguments.required(name, value));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** @return the services' heap ({@code -Xmx}) */
    public String heap() {
        return heap;
    }

    /** @return whether to measure the JMH baselines */
    public boolean jmh() {
        return jmh;
    }

    /** @return whether to keep the temporary directory */
    public boolean keep() {
        return keep;
    }

    /** @return where to write the profile, or null for none */
    public Path profile() {
        return profile;
    }

    /** @return the extra service JVM options */
    public List<String> serviceJvm() {
        return List.copyOf(serviceJvm);
    }

    /** @return JMH's own arguments */
    public List<String> jmhArgs() {
        return List.copyOf(jmhArgs);
    }
}
