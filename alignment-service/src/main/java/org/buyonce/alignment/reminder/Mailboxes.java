package org.buyonce.alignment.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.commons.council.Council;
import org.buyonce.commons.council.Partnership;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Each council's mailbox for the weekly digest, from {@code BUYONCE_COUNCIL_MAILBOXES} ("CAM:procurement@…,HDC:…"). */
@ApplicationScoped
public class Mailboxes {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<String, String> byCouncil = new LinkedHashMap<>();

    public Mailboxes(@ConfigProperty(name = "buyonce.council-mailboxes", defaultValue = " ") String setting, Partnership partnership) {
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split(":", 2);
            String council = parts[0].trim();
            if (parts.length != 2 || !EMAIL.matcher(parts[1].trim()).matches()) {
                throw new IllegalArgumentException("BUYONCE_COUNCIL_MAILBOXES: '" + entry.trim() + "' is not COUNCIL:email such as "
                        + "CAM:procurement@cambridge.gov.uk");
            }
            if (partnership.councils().stream().map(Council::code).noneMatch(council::equals)) {
                throw new IllegalArgumentException("BUYONCE_COUNCIL_MAILBOXES: " + council + " is not a council of the partnership");
            }
            byCouncil.put(council, parts[1].trim());
        }
    }

    public Optional<String> of(String council) {
        return Optional.ofNullable(byCouncil.get(council));
    }

    public Map<String, String> all() {
        return Map.copyOf(byCouncil);
    }
}
