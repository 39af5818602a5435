package org.deconfliction.atlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deconfliction.atlas.story.StoryFixtures.step;
import static org.deconfliction.atlas.story.StoryFixtures.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A story: steps numbered from 1, and every change a new story. */
class StoryTest {

    private static List<String> captions(Story story) {
        return story.steps().stream().map(StoryStep::caption).toList();
    }

    @Test
    void stepsAreNumberedFromOne() {
        Story story = story("khasham", "one", "two", "three");

        assertThat(story.step(1).caption()).isEqualTo("one");
        assertThat(story.step(3).caption()).isEqualTo("three");
        assertThat(story.size()).isEqualTo(3);
    }

    @Test
    void aNumberOutsideTheStoryIsRefusedNamingItAndTheLength() {
        Story story = story("khasham", "one", "two");

        assertThatThrownBy(() -> story.step(0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("there is no step 0 in story 'khasham', which has 2 steps");
        assertThatThrownBy(() -> story.step(3)).hasMessageContaining("no step 3");
        assertThatThrownBy(() -> story.moveStep(1, 3)).hasMessageContaining("no step 3");
        assertThatThrownBy(() -> story.removeStep(5)).hasMessageContaining("no step 5");
    }

    @Test
    void addingPutsTheStepLastAndLeavesTheStoryAsItWas() {
        Story before = story("khasham", "one", "two");

        Story after = before.addStep(step("three", "q", "east"));

        assertThat(captions(after)).containsExactly("one", "two", "three");
        assertThat(captions(before)).containsExactly("one", "two");
        assertThat(after.id()).isEqualTo("khasham");
    }

    @ParameterizedTest(name = "step {0} to {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 3 | two,three,one
            3 | 1 | three,one,two
            2 | 1 | two,one,three
            2 | 3 | one,three,two
            2 | 2 | one,two,three
            """)
    void movingAStepShiftsTheOnesBetween(int from, int to, String order) {
        Story before = story("khasham", "one", "two", "three");

        assertThat(captions(before.moveStep(from, to))).containsExactly(order.split(","));
        assertThat(captions(before)).containsExactly("one", "two", "three");
    }

    @Test
    void removingAStepMovesTheLaterOnesUp() {
        Story before = story("khasham", "one", "two", "three");

        Story after = before.removeStep(2);

        assertThat(captions(after)).containsExactly("one", "three");
        assertThat(after.step(2).caption()).isEqualTo("three");
        assertThat(before.size()).isEqualTo(3);
    }

    @Test
    void replacingAStepKeepsItsPlace() {
        Story before = story("khasham", "one", "two", "three");

        Story after = before.replaceStep(2, before.step(2).withCaption("TWO"));

        assertThat(captions(after)).containsExactly("one", "TWO", "three");
        assertThat(after.step(2).state()).isEqualTo(before.step(2).state());
        assertThat(before.step(2).caption()).isEqualTo("two");
    }

    @Test
    void theStepsCannotBeChangedFromOutside() {
        Story story = story("khasham", "one");

        assertThatThrownBy(() -> story.steps().add(step("sneaked in"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void storiesWithTheSameContentAreEqual() {
        assertThat(story("khasham", "one", "two")).isEqualTo(story("khasham", "one", "two"))
                .isNotEqualTo(story("khasham", "two", "one"));
    }

    @ParameterizedTest(name = "\"{0}\" is not an id")
    @CsvSource({"Battle-Of-Khasham", "battle of khasham", "-khasham", "khasham-", "kha--sham", "../etc/passwd", "''"})
    void anIdMustBeASlug(String id) {
        assertThatThrownBy(() -> new Story(id, "Title", "", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a slug");
    }

    @Test
    void aTitleIsRequiredButADescriptionMayBeEmpty() {
        assertThatThrownBy(() -> new Story("khasham", "  ", "", List.of())).hasMessage("a story needs a title");
        assertThat(new Story("khasham", "Khasham", "", List.of()).description()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Battle of Khasham, step by step | the-battle-of-khasham-step-by-step
            Deir ez-Zor: 7–8 Feb 2018            | deir-ez-zor-7-8-feb-2018
            Dayr az Zawr — Ḥasakah               | dayr-az-zawr-hasakah
            معركة خشام                           | story
            '  !!  '                             | story
            """)
    void aTitleGivesASlug(String title, String slug) {
        assertThat(Story.slugOf(title)).isEqualTo(slug);
        assertThat(Story.isSlug(Story.slugOf(title))).isTrue();
    }

    @Test
    void aLongTitleGivesASlugOfAtMostSixtyCharacters() {
        String slug = Story.slugOf("a ".repeat(40) + "b");

        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
        assertThat(Story.isSlug(slug)).isTrue();
    }
}
