package lab.backprop.lessons;

import java.util.List;
import java.util.Optional;

/** The loaded lessons in lecture order, with look-up by slug and the neighbours of each. */
public record LessonCatalog(List<Lesson> lessons) {
    public LessonCatalog {
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> bySlug(String slug) {
        return lessons.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }

    public Optional<Lesson> previous(Lesson lesson) {
        int i = indexOf(lesson);
        return i > 0 ? Optional.of(lessons.get(i - 1)) : Optional.empty();
    }

    public Optional<Lesson> next(Lesson lesson) {
        int i = indexOf(lesson);
        return i >= 0 && i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }

    /** Where a lesson stands, found by its slug (a record's equals would compare every preset weight). */
    private int indexOf(Lesson lesson) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).slug().equals(lesson.slug())) {
                return i;
            }
        }
        return -1;
    }
}
