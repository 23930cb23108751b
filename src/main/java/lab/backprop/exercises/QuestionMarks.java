package lab.backprop.exercises;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the answers to an exercise's questions, after the tables. A number is marked like a cell,
 * against the engine's value. A choice is right when it is the option the pick rule finds among the
 * true values; when every option is a quantity of the step (a cell, E or E(t+1)) it is also
 * recomputed from the student's own values of those quantities, so a choice that follows from their
 * wrong δs is follow-through, as a cell computed from them would be.
 */
final class QuestionMarks {
    private QuestionMarks() {
    }

    static List<Cell> mark(Marker m, List<Question> questions) {
        List<Cell> cells = new ArrayList<>();
        for (Question q : questions) {
            Given given = m.answers().questions().get(q.id());
            if (given == null) {
                continue;
            }
            double truth = q.expected(m.problem(), m.truth());
            double recomputed = truth;
            boolean tainted = false;
            if (q.isChoice() && q.choices().stream().allMatch(c -> c instanceof Measure.Cell || c instanceof Measure.Loss)) {
                double[] own = new double[q.choices().size()];
                for (int n = 0; n < own.length; n++) {
                    Ledger ledger = ledgerOf(m, q.choices().get(n));
                    Measure c = q.choices().get(n);
                    int j = c instanceof Measure.Cell cell ? cell.j() : 0;
                    int i = c instanceof Measure.Cell cell ? cell.i() : 0;
                    own[n] = ledger.value(j, i);
                    tainted |= ledger.tainted(j, i);
                }
                recomputed = q.pick().of(own);
            }
            cells.add(m.judge().mark("questions." + q.id(), q.symbol(m.problem().network()), null, given.at(0, 0),
                    truth, recomputed, tainted, List.of()));
        }
        return cells;
    }

    private static Ledger ledgerOf(Marker m, Measure c) {
        return c instanceof Measure.Cell cell ? m.ledger(cell.l(), cell.q()) : m.lossLedger(((Measure.Loss) c).after());
    }
}
