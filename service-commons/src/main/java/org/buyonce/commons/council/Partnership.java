package org.buyonce.commons.council;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The councils of the partnership, from {@code buyonce.councils} (env {@code BUYONCE_COUNCILS}): comma-separated
 * {@code CODE:Name} pairs, the same value for every service. A malformed value stops the service at start.
 */
@ApplicationScoped
public class Partnership {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

    private final Map<String, Council> councils;

    public Partnership(@ConfigProperty(name = "buyonce.councils") String councils) {
        this.councils = parse(councils);
    }

    static Map<String, Council> parse(String value) {
        Map<String, Council> parsed = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            String[] parts = pair.split(":", 2);
            String code = parts[0].trim();
            String name = parts.length == 2 ? parts[1].trim() : "";
            if (!CODE.matcher(code).matches() || name.isEmpty()) {
                throw new IllegalArgumentException("buyonce.councils: '" + pair.trim()
                        + "' is not CODE:Name with an upper-case code of 2 to 16 letters or digits");
            }
            if (parsed.putIfAbsent(code, new Council(code, name)) != null) {
                throw new IllegalArgumentException("buyonce.councils: council " + code + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(parsed);
    }

    public List<Council> councils() {
        return new ArrayList<>(councils.values());
    }

    public boolean isMember(String code) {
        return code != null && councils.containsKey(code);
    }

    /** The codes, for messages that tell a caller what would have been accepted. */
    /** A member council's name; the code itself for a council the partnership no longer has. */
    public String name(String code) {
        return councils().stream().filter(c -> c.code().equals(code)).map(Council::name).findFirst().orElse(code);
    }

    public String codes() {
        return String.join(", ", councils.keySet());
    }
}
