package lab.backprop.web.exercises;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import lab.backprop.records.Receipt;
import lab.backprop.web.Csrf;

/**
 * The "Hand in" part of a worksheet when class records are on: the name and student number typed,
 * the form's CSRF token, and after a hand-in its receipt ("attempt 2, handed in 10:42") or which
 * field was refused ({@code errorField}: name, number, or an answer box; {@code errorKey} the message).
 */
public record HandInForm(String csrf, String name, String number, Integer attemptNo, String handedInAt,
                         String errorField, String errorKey) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The form as typed in this request (blank on a first visit). */
    static HandInForm typed(Context ctx) {
        return new HandInForm(Csrf.token(ctx), text(ctx.formParam("name")), text(ctx.formParam("number")),
                null, null, null, null);
    }

    HandInForm received(Receipt r) {
        return new HandInForm(csrf, name, number, r.attemptNo(),
                TIME.format(r.handedInAt().atZone(ZoneId.systemDefault())), null, null);
    }

    HandInForm refused(String field, String key) {
        return new HandInForm(csrf, name, number, null, null, field, key);
    }

    /** Every box of the worksheet (the questions' too) and what was typed or chosen in it. */
    static Map<String, String> answers(Worksheet sheet, Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (Worksheet.Sheet s : sheet.sheets()) {
            for (Worksheet.SheetRow r : s.rows()) {
                for (Worksheet.SheetCell c : r.cells()) {
                    typed.put(c.name(), text(ctx.formParam(c.name())));
                }
            }
        }
        for (QuestionBoxes.QuestionBox q : sheet.questions()) {
            typed.put(q.name(), text(ctx.formParam(q.name())));
        }
        return typed;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
