package org.buyonce.k8s.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables the services read, as README's "Configuration (environment)" table documents them: each row
 * names its variables in backticks, and a default of "(required)" marks those a service cannot start without.
 */
public record ServiceSettings(Set<String> documented, Set<String> required) {

    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    public static ServiceSettings fromReadme(Path readme) {
        try {
            return parse(Files.readString(readme));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceSettings parse(String readme) {
        int start = readme.indexOf("## Configuration (environment)");
        if (start < 0) {
            throw new IllegalStateException("README has no \"Configuration (environment)\" section");
        }
        Set<String> documented = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (String line : readme.substring(start).lines().skip(1).takeWhile(line -> !line.startsWith("## ")).toList()) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 4) {
                continue;
            }
            Matcher names = VARIABLE.matcher(cells[1]);
            while (names.find()) {
                documented.add(names.group(1));
                if (cells[cells.length - 1].contains("(required)")) {
                    required.add(names.group(1));
                }
            }
        }
        return new ServiceSettings(Set.copyOf(documented), Set.copyOf(required));
    }
}
