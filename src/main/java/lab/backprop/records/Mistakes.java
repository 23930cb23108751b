package lab.backprop.records;

import java.util.List;
import java.util.Map;
import lab.backprop.exercises.Diagnosis;

/**
 * The class's mistakes at one exercise, over every attempt handed in: how many attempts and
 * students, the cells marked incorrect most often, and for each diagnosis how many cells carried it
 * and in how many students' attempts.
 */
public record Mistakes(String exerciseId, int attempts, int students, List<WrongCell> wrongCells,
                       Map<Diagnosis, Count> diagnoses) {
    public Mistakes {
        wrongCells = List.copyOf(wrongCells);
        diagnoses = Map.copyOf(diagnoses);
    }

    /** A cell of the worksheet and how many attempts got it wrong. */
    public record WrongCell(String path, String symbol, int count) {
    }

    /** Cells with a diagnosis, and the distinct students whose attempts had them. */
    public record Count(int cells, int students) {
    }

    public Count count(Diagnosis d) {
        return diagnoses.get(d);
    }

    /** One anonymous example of a diagnosis: the cell, what was typed, the true value, the message. */
    public record Example(String symbol, Double given, double expected, String message) {
    }
}
