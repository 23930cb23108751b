package lab.backprop.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lab.backprop.exercises.Exercise;
import lab.backprop.exercises.ExerciseCatalog;
import lab.backprop.exercises.ExerciseFiles;
import lab.backprop.exercises.ExerciseLoader;
import lab.backprop.i18n.Lang;
import lab.backprop.lessons.Lesson;
import lab.backprop.lessons.LessonCatalog;
import lab.backprop.lessons.LessonLoader;

/**
 * The lessons and exercises the app serves: the built-in ones, overlaid with an instructor's folder.
 * In that folder a lesson with a built-in lesson's slug replaces it (at its own NN), a new slug adds
 * one, and {@code lessons/hidden.txt} lists slugs to leave out; exercises work the same by id, with
 * {@code exercises/hidden.txt}. Replacements keep a built-in exercise's place in the list; new ones
 * follow the built-in ones, in file-name order.
 *
 * @param errors   what the instructor must fix, each naming its file (paths relative to the folder)
 * @param warnings what is odd but harmless: ignored files, links to lessons that are not there
 * @param counts   what the folder added, replaced and hid
 */
public record Content(LessonCatalog lessons, ExerciseCatalog exercises, List<String> errors, List<String> warnings,
                      Counts counts) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** What an instructor's folder did to the built-in content. */
    public record Counts(int lessonsAdded, int lessonsReplaced, int lessonsHidden,
                         int exercisesAdded, int exercisesReplaced, int exercisesHidden) {
    }

    public Content {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The built-in content alone. */
    public static Content builtIn(String basePath) {
        return load(null, basePath);
    }

    /**
     * The built-in content overlaid with {@code dir} (null for none), with lesson links under
     * {@code basePath}. Bad files are reported and left out; the rest still loads.
     */
    public static Content load(Path dir, String basePath) {
        return new Builder(basePath).build(dir);
    }

    /** One line for people: the counts and what the app will show. */
    public String summary() {
        Counts c = counts;
        return lessons.lessons().size() + " lessons (" + c.lessonsAdded() + " added, " + c.lessonsReplaced()
                + " replaced, " + c.lessonsHidden() + " hidden) and " + exercises.all().size() + " exercises ("
                + c.exercisesAdded() + " added, " + c.exercisesReplaced() + " replaced, " + c.exercisesHidden()
                + " hidden)";
    }

    /** Loads both layers and merges them, collecting every problem on the way. */
    private static final class Builder {
        private final String basePath;
        private final LessonLoader loader;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, String> exerciseFiles = new HashMap<>();

        Builder(String basePath) {
            this.basePath = basePath;
            this.loader = new LessonLoader(basePath);
        }

        Content build(Path dir) {
            Path builtIn = ContentRoot.builtIn();
            LessonLoader.Result baseLessons = loader.load(builtIn);
            baseLessons.problems().forEach(p -> warnings.add("built-in " + p));
            ExerciseLoader.Result baseExercises = ExerciseLoader.load(
                    ExerciseFiles.fromDirectory(builtIn.resolve("exercises")));
            baseExercises.errors().forEach(e -> warnings.add("built-in exercises/" + e));
            baseExercises.warnings().forEach(w -> warnings.add("built-in exercises/" + w));
            List<Lesson> builtInLessons = baseLessons.lessons();
            List<Exercise> builtInExercises = baseExercises.catalog().all();
            baseExercises.files().forEach((id, file) -> exerciseFiles.put(id, "built-in exercises/" + file));
            if (dir == null) {
                lessonsOfExercises(builtInLessons, builtInExercises);
                return new Content(new LessonCatalog(builtInLessons), new ExerciseCatalog(builtInExercises),
                        errors, warnings, new Counts(0, 0, 0, 0, 0, 0));
            }

            Path lessonsDir = dir.resolve("lessons");
            Path exercisesDir = dir.resolve("exercises");
            if (!Files.isDirectory(lessonsDir) && !Files.isDirectory(exercisesDir)) {
                errors.add(dir + ": has neither a lessons/ nor an exercises/ folder");
            }
            List<Lesson> own = ownLessons(dir);
            List<Exercise> ownExercises = ownExercises(exercisesDir);
            ignoredFiles(lessonsDir, exercisesDir);

            HiddenList hiddenLessons = HiddenList.read(lessonsDir.resolve(HiddenList.FILE_NAME),
                    "lessons/" + HiddenList.FILE_NAME, SLUG, "a lesson slug (like feed-forward)");
            HiddenList hiddenExercises = HiddenList.read(exercisesDir.resolve(HiddenList.FILE_NAME),
                    "exercises/" + HiddenList.FILE_NAME, Exercise.ID, "an exercise id (like hidden-delta)");
            errors.addAll(hiddenLessons.errors());
            errors.addAll(hiddenExercises.errors());
            unknownHidden(hiddenLessons, "lessons/", "lesson", names(builtInLessons, own, Lesson::slug));
            unknownHidden(hiddenExercises, "exercises/", "exercise", names(builtInExercises, ownExercises, Exercise::id));

            List<Lesson> lessons = overlay(builtInLessons, own, Lesson::slug, hiddenLessons);
            lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::slug));
            List<Exercise> exercises = overlay(builtInExercises, ownExercises, Exercise::id, hiddenExercises);
            Set<String> ownSlugs = new HashSet<>(names(List.of(), own, Lesson::slug));
            danglingLinks(lessons, ownSlugs, hiddenLessons);
            lessonsOfExercises(lessons, exercises);

            Counts counts = new Counts(
                    added(builtInLessons, own, Lesson::slug), replaced(builtInLessons, own, Lesson::slug),
                    hidden(builtInLessons, own, Lesson::slug, hiddenLessons),
                    added(builtInExercises, ownExercises, Exercise::id),
                    replaced(builtInExercises, ownExercises, Exercise::id),
                    hidden(builtInExercises, ownExercises, Exercise::id, hiddenExercises));
            return new Content(new LessonCatalog(lessons), new ExerciseCatalog(exercises), errors, warnings, counts);
        }

        /** The instructor's lessons; of two folders with one slug, the first by name is kept. */
        private List<Lesson> ownLessons(Path dir) {
            LessonLoader.Result result = loader.load(dir);
            errors.addAll(result.problems());
            Map<String, Lesson> bySlug = new LinkedHashMap<>();
            for (Lesson lesson : result.lessons()) {
                Lesson first = bySlug.putIfAbsent(lesson.slug(), lesson);
                if (first != null) {
                    errors.add(folder(lesson) + ": the slug '" + lesson.slug() + "' is already used by "
                            + folder(first) + "; this folder is left out");
                }
            }
            return List.copyOf(bySlug.values());
        }

        private List<Exercise> ownExercises(Path dir) {
            ExerciseLoader.Result result = ExerciseLoader.load(ExerciseFiles.fromDirectory(dir));
            result.errors().forEach(e -> errors.add("exercises/" + e));
            result.warnings().forEach(w -> errors.add("exercises/" + w));
            result.files().forEach((id, file) -> exerciseFiles.put(id, "exercises/" + file));
            return result.catalog().all();
        }

        /** An exercise whose {@code lesson:} names no lesson shown is a warning naming its file; it loads anyway. */
        private void lessonsOfExercises(List<Lesson> lessons, List<Exercise> exercises) {
            Set<String> shown = new HashSet<>(names(List.of(), lessons, Lesson::slug));
            for (Exercise e : exercises) {
                if (e.hasLesson() && !shown.contains(e.lesson())) {
                    warnings.add(exerciseFiles.getOrDefault(e.id(), e.id()) + ": lesson '" + e.lesson()
                            + "' is not a lesson of this app; the exercise is listed without it");
                }
            }
        }

        /** Files the loaders pass over, so a misnamed one does not go unnoticed. */
        private void ignoredFiles(Path lessonsDir, Path exercisesDir) {
            for (Path p : list(lessonsDir)) {
                String name = p.getFileName().toString();
                if (!Files.isDirectory(p) && !name.equals(HiddenList.FILE_NAME)) {
                    warnings.add("lessons/" + name + ": ignored; a lesson is a folder named NN-slug");
                }
            }
            for (Path p : list(exercisesDir)) {
                String name = p.getFileName().toString();
                boolean exercise = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
                if (Files.isDirectory(p) || !exercise && !name.equals(HiddenList.FILE_NAME)) {
                    warnings.add("exercises/" + name + ": ignored; an exercise is a .yaml, .yml or .json file"
                            + " directly in exercises/");
                }
            }
        }

        private void unknownHidden(HiddenList hidden, String folder, String what, Set<String> known) {
            hidden.entries().forEach((name, line) -> {
                if (!known.contains(name)) {
                    errors.add(folder + HiddenList.FILE_NAME + ": line " + line + ": there is no " + what + " '"
                            + name + "' to hide");
                }
            });
        }

        /** Links in lesson text to /lessons/{slug} that will not be there. */
        private void danglingLinks(List<Lesson> lessons, Set<String> ownSlugs, HiddenList hidden) {
            Set<String> shown = new HashSet<>();
            lessons.forEach(l -> shown.add(l.slug()));
            Pattern link = Pattern.compile("href=\"" + Pattern.quote(basePath) + "/lessons/([^\"#?/]*)");
            for (Lesson lesson : lessons) {
                for (Lang lang : Lang.values()) {
                    Matcher m = link.matcher(lesson.html(lang));
                    while (m.find()) {
                        String target = m.group(1);
                        if (!shown.contains(target)) {
                            warnings.add(folder(lesson) + "/" + lang.code() + ".md"
                                    + (ownSlugs.contains(lesson.slug()) ? "" : " (built-in)") + ": links to /lessons/"
                                    + target + ", which " + (hidden.hides(target) ? "is hidden" : "does not exist"));
                        }
                    }
                }
            }
        }

        private static String folder(Lesson lesson) {
            return "lessons/" + String.format("%02d-%s", lesson.order(), lesson.slug());
        }

        private static List<Path> list(Path dir) {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.sorted().toList();
            } catch (IOException e) {
                return List.of();
            }
        }
    }

    /** Built-in items in order, each replaced by the instructor's of the same name; new ones after; hidden out. */
    static <T> List<T> overlay(List<T> builtIn, List<T> own, Function<T, String> name, HiddenList hidden) {
        Map<String, T> merged = new LinkedHashMap<>();
        builtIn.forEach(item -> merged.put(name.apply(item), item));
        own.forEach(item -> merged.put(name.apply(item), item));
        merged.keySet().removeIf(hidden::hides);
        return new ArrayList<>(merged.values());
    }

    private static <T> Set<String> names(List<T> builtIn, List<T> own, Function<T, String> name) {
        Set<String> names = new HashSet<>();
        builtIn.forEach(item -> names.add(name.apply(item)));
        own.forEach(item -> names.add(name.apply(item)));
        return names;
    }

    private static <T> int added(List<T> builtIn, List<T> own, Function<T, String> name) {
        return own.size() - replaced(builtIn, own, name);
    }

    private static <T> int replaced(List<T> builtIn, List<T> own, Function<T, String> name) {
        Set<String> base = names(builtIn, List.of(), name);
        return (int) own.stream().filter(item -> base.contains(name.apply(item))).count();
    }

    private static <T> int hidden(List<T> builtIn, List<T> own, Function<T, String> name, HiddenList hidden) {
        return (int) names(builtIn, own, name).stream().filter(hidden::hides).count();
    }
}
