package lab.backprop.records;

import java.util.regex.Pattern;
import lab.backprop.problem.InvalidInput;

/**
 * Who handed an attempt in: a name (letters of any script — 홍길동, Ada Lovelace — with spaces,
 * dots, apostrophes and hyphens) and a student number (letters, digits, hyphens). Validated once,
 * here; an {@link InvalidInput}'s path is {@code name} or {@code number}.
 */
public record Student(String name, String number) {
    public static final int MAX_NAME = 40;
    public static final int MAX_NUMBER = 20;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    public Student {
        if (name == null || name.codePointCount(0, name.length()) > MAX_NAME || !NAME.matcher(name).matches()) {
            throw new InvalidInput("name", "the name must be 1 to " + MAX_NAME
                    + " letters (any script), spaces, dots, apostrophes or hyphens");
        }
        if (number == null || number.length() > MAX_NUMBER || !NUMBER.matcher(number).matches()) {
            throw new InvalidInput("number", "the student number must be 1 to " + MAX_NUMBER
                    + " letters, digits or hyphens");
        }
    }

    /** A student from typed text: surrounding blanks go, inner runs of blanks become one space. */
    public static Student of(String name, String number) {
        return new Student(name == null ? null : name.strip().replaceAll("\\s+", " "),
                number == null ? null : number.strip());
    }
}
