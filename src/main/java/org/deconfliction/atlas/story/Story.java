package org.deconfliction.atlas.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A story told with the atlas: a title, a description and steps presented in order. Immutable: every change
 * answers a new story and leaves this one as it was. Steps are numbered from 1, as the audience counts them.
 *
 * @param id          the story's slug ({@code battle-of-khasham}): lower-case letters and digits in words joined
 *                    by single hyphens; also the name of its file
 * @param title       the title shown when choosing a story, never blank
 * @param description a sentence or two about the story; may be empty, never null
 * @param steps       the steps in presenting order; may be empty (a story being written)
 * @param ownership   who owns it, whether it is shared and which saved version it is
 */
public record Story(String id, String title, String description, List<StoryStep> steps, StoryOwnership ownership) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG_LENGTH = 60;

    /** @throws IllegalArgumentException when the id is not a slug or the title is blank */
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (!isSlug(id)) {
            throw new IllegalArgumentException("id '" + id + "' is not a slug: lower-case letters and digits in words"
                    + " joined by single hyphens, such as battle-of-khasham");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("a story needs a title");
        }
        steps = List.copyOf(steps);
        Objects.requireNonNull(ownership, "ownership");
    }

    /** A story not saved yet. */
    public Story(String id, String title, String description, List<StoryStep> steps) {
        this(id, title, description, steps, StoryOwnership.UNSAVED);
    }

    /** Whether the text can be a story's id: lower-case letters and digits in words joined by single hyphens. */
    public static boolean isSlug(String text) {
        return text != null && SLUG.matcher(text).matches();
    }

    /**
     * The slug of a title: accents dropped, lower case, every run of other characters than letters a–z and digits
     * made one hyphen, at most {@value #MAX_SLUG_LENGTH} characters; {@code story} when nothing is left (a title
     * in Arabic script, say). "The Battle of Khasham, step by step" gives {@code the-battle-of-khasham-step-by-step}.
     */
    public static String slugOf(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (plain.length() > MAX_SLUG_LENGTH) {
            plain = plain.substring(0, MAX_SLUG_LENGTH);
        }
        plain = plain.replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "story" : plain;
    }

    /** The number of steps. */
    public int size() {
        return steps.size();
    }

    /**
     * The step with the given number.
     *
     * @param number from 1 to {@link #size()}
     * @throws IndexOutOfBoundsException naming the number and the story's length otherwise
     */
    public StoryStep step(int number) {
        return steps.get(index(number));
    }

    /** This story with the step added as the last one. */
    public Story addStep(StoryStep step) {
        List<StoryStep> changed = new ArrayList<>(steps);
        changed.add(Objects.requireNonNull(step, "step"));
        return withSteps(changed);
    }

    /**
     * This story with step {@code number} moved so that it becomes step {@code toNumber}, the steps between shifting
     * by one; moving a step to its own number answers an equal story.
     *
     * @throws IndexOutOfBoundsException when either number is not from 1 to {@link #size()}
     */
    public Story moveStep(int number, int toNumber) {
        int from = index(number);
        int to = index(toNumber);
        List<StoryStep> changed = new ArrayList<>(steps);
        changed.add(to, changed.remove(from));
        return withSteps(changed);
    }

    /** This story without step {@code number}; the later steps move up by one. */
    public Story removeStep(int number) {
        List<StoryStep> changed = new ArrayList<>(steps);
        changed.remove(index(number));
        return withSteps(changed);
    }

    /** This story with step {@code number} replaced by {@code step}. */
    public Story replaceStep(int number, StoryStep step) {
        List<StoryStep> changed = new ArrayList<>(steps);
        changed.set(index(number), Objects.requireNonNull(step, "step"));
        return withSteps(changed);
    }

    /** This story under another id as a new story, not saved yet (a copy of a shipped or shared story, say). */
    public Story withId(String newId) {
        return new Story(newId, title, description, steps, StoryOwnership.UNSAVED);
    }

    /** This story with another ownership, e.g. shared with everyone or as saved. */
    public Story withOwnership(StoryOwnership newOwnership) {
        return new Story(id, title, description, steps, newOwnership);
    }

    /** This story with another title. */
    public Story withTitle(String newTitle) {
        return new Story(id, newTitle, description, steps, ownership);
    }

    /** This story with another description. */
    public Story withDescription(String newDescription) {
        return new Story(id, title, newDescription, steps, ownership);
    }

    private Story withSteps(List<StoryStep> newSteps) {
        return new Story(id, title, description, newSteps, ownership);
    }

    private int index(int number) {
        if (number < 1 || number > steps.size()) {
            throw new IndexOutOfBoundsException("there is no step " + number + " in story '" + id + "', which has "
                    + steps.size() + (steps.size() == 1 ? " step" : " steps"));
        }
        return number - 1;
    }
}
