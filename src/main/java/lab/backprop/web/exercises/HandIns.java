package lab.backprop.web.exercises;

import io.javalin.http.Context;
import java.util.Map;
import lab.backprop.engine.StepTrace;
import lab.backprop.exercises.AnswersReader;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.Marker;
import lab.backprop.exercises.Marking;
import lab.backprop.i18n.Lang;
import lab.backprop.problem.InvalidInput;
import lab.backprop.records.HandIn;
import lab.backprop.records.Receipt;
import lab.backprop.records.Records;
import lab.backprop.records.Student;
import lab.backprop.web.Csrf;
import lab.backprop.web.Language;

/**
 * "Hand in" on a worksheet: checks the form's CSRF token, the name and number, and the size of every
 * answer; marks the answers as Check does; stores the attempt (committed before this returns); and
 * gives back the marked sheet with the receipt. A refusal stores nothing and says which field.
 */
final class HandIns {
    private final Records records;

    HandIns(Records records) {
        this.records = records;
    }

    /** The marked sheet and the form (with its receipt, or the field that was refused). */
    record Result(Worksheet sheet, HandInForm form) {
    }

    Result handIn(Context ctx, Exercise e, StepTrace truth) {
        Csrf.check(ctx);
        Lang lang = Language.of(ctx);
        HandInForm form = HandInForm.typed(ctx);
        Map<String, String> typed = HandInForm.answers(Worksheet.of(e, truth, name -> null, null, null, null), ctx);
        try {
            HandIn.checked(typed);
        } catch (InvalidInput tooLong) {
            Worksheet sheet = Worksheet.of(e, truth, name -> shortOrBlank(ctx.formParam(name)), null, null, null);
            return new Result(sheet, form.refused(tooLong.path(), "handIn.tooLong"));
        }
        Student student;
        try {
            student = Student.of(form.name(), form.number());
        } catch (InvalidInput bad) {
            Worksheet sheet = Worksheet.of(e, truth, ctx::formParam, null, null, null);
            return new Result(sheet, form.refused(bad.path(), "handIn.invalid." + bad.path()));
        }
        Marking marking;
        try {
            marking = Marker.mark(e, truth, AnswersReader.read(Worksheet.answers(e, ctx::formParam),
                    e.problem().network(), e.questions(), "answers"), lang);
        } catch (InvalidInput bad) {
            return new Result(Worksheet.of(e, truth, ctx::formParam, null, bad.getMessage(),
                    Worksheet.fieldOf(bad.path())), form);
        }
        Receipt receipt = records.handIn(new HandIn(student, e.id(), lang, typed, marking));
        return new Result(Worksheet.of(e, truth, ctx::formParam, marking, null, null), form.received(receipt));
    }

    private static String shortOrBlank(String text) {
        return text == null || text.length() > HandIn.MAX_ANSWER ? "" : text;
    }
}
