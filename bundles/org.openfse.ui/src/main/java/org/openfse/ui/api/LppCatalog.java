package org.openfse.ui.api;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openfse.refdata.ReferenceData;
import org.openfse.refdata.ReferenceRow;

/**
 * The LPP codes an optician picks from, searched by code or by words of the label. Built from the
 * NT_LPP table of the reference data (SNDS snapshot, shared/reference-data/snds): the optical
 * items of the 2020 reform are the rows of arborescence chapter 2, section 2, sub-section 5
 * ({@code LPP_ARB_CHA=2}, {@code LPP_ARB_SC1=2}, {@code LPP_ARB_SC2=5}: "OPTIQUE, VERRE UNIFOCAL
 * CLASSE B…", "OPTIQUE, MONTURE ADULTE DE CLASSE B…").
 */
public final class LppCatalog {

    /** One LPP code and its label. */
    public record Entry(String code, String label) {
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The NT_LPP table. */
    public static final String TABLE = "NT_LPP";

    private final Map<String, Entry> byCode;
    private final List<String> normalizedLabels;
    private final List<Entry> entries;

    /** A catalogue of these entries, in code order (a repeated code keeps its first label). */
    public LppCatalog(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(Entry::code)).forEach(entry -> map.putIfAbsent(entry.code(), entry));
        this.byCode = map;
        this.entries = List.copyOf(map.values());
        this.normalizedLabels = this.entries.stream().map(entry -> normalize(entry.label())).toList();
    }

    /** The optical LPP codes in force on {@code day} in the reference data. */
    public static LppCatalog optics(ReferenceData data, LocalDate day) {
        List<Entry> entries = new ArrayList<>();
        for (ReferenceRow row : data.find(TABLE, "LPP_ARB_SC2", "5", day)) {
            if ("2".equals(row.get("LPP_ARB_CHA")) && "2".equals(row.get("LPP_ARB_SC1"))) {
                entries.add(new Entry(row.key(), row.label().orElse("")));
            }
        }
        return new LppCatalog(entries);
    }

    /** How many codes the catalogue holds. */
    public int size() {
        return entries.size();
    }

    /** The entry of a code, if the catalogue has it. */
    public Optional<Entry> get(String code) {
        return Optional.ofNullable(byCode.get(code == null ? "" : code.strip()));
    }

    /**
     * The entries matching a query, in code order, at most {@code limit}: digits only match the
     * start of the code ({@code 72116}); other text matches labels holding every word, whatever
     * the case and accents ({@code monture adulte b}). A blank query matches everything.
     */
    public List<Entry> search(String query, int limit) {
        String text = query == null ? "" : query.strip();
        List<Entry> found = new ArrayList<>();
        if (text.chars().allMatch(Character::isDigit)) {
            for (Entry entry : entries) {
                if (found.size() >= limit) {
                    break;
                }
                if (entry.code().startsWith(text)) {
                    found.add(entry);
                }
            }
            return found;
        }
        String[] words = normalize(text).split("[^A-Z0-9+\\-]+");
        for (int i = 0; i < entries.size() && found.size() < limit; i++) {
            String label = normalizedLabels.get(i);
            boolean all = true;
            for (String word : words) {
                if (!word.isEmpty() && !containsWord(label, word)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found.add(entries.get(i));
            }
        }
        return found;
    }

    /** A word matches the start of a label word ({@code adul} matches ADULTE); a one-letter word matches a whole word (the class letter {@code B}). */
    private static boolean containsWord(String label, String word) {
        int from = 0;
        while (true) {
            int at = label.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            boolean starts = at == 0 || !Character.isLetterOrDigit(label.charAt(at - 1));
            int end = at + word.length();
            boolean whole = end == label.length() || !Character.isLetterOrDigit(label.charAt(end));
            if (starts && (word.length() > 1 || whole)) {
                return true;
            }
            from = at + 1;
        }
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }
}
