package org.buyonce.launcher;

import java.util.List;

/**
 * What the launcher was asked to do. Anything it does not know is refused, so that a misspelt {@code --frsh} does not
 * quietly start on the old data.
 */
record Command(Kind kind, String topic) {

    enum Kind { RUN, RUN_FRESH, HELP, WATCH }

    static Command parse(List<String> arguments) {
        if (arguments.isEmpty()) {
            return new Command(Kind.RUN, null);
        }
        String first = arguments.get(0);
        if (first.equals("watch")) {
            if (arguments.size() > 2) {
                throw new IllegalArgumentException("watch takes one topic at most, not: " + String.join(" ", arguments.subList(1, arguments.size())));
            }
            return new Command(Kind.WATCH, arguments.size() == 2 ? arguments.get(1) : Launcher.TOPICS.get(0));
        }
        if (arguments.size() > 1) {
            throw new IllegalArgumentException("one option at a time: " + String.join(" ", arguments));
        }
        return switch (first) {
            case "--fresh" -> new Command(Kind.RUN_FRESH, null);
            case "--help", "-h" -> new Command(Kind.HELP, null);
            default -> throw new IllegalArgumentException("unknown option '" + first + "'");
        };
    }
}
