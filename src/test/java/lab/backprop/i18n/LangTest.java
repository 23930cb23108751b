package lab.backprop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LangTest {
    @Test
    void aCodeIsReadIgnoringCaseSpacesAndRegion() {
        assertThat(Lang.of("ko")).contains(Lang.KO);
        assertThat(Lang.of(" EN ")).contains(Lang.EN);
        assertThat(Lang.of("en-US")).contains(Lang.EN);
        assertThat(Lang.of("ko_KR")).contains(Lang.KO);
        assertThat(Lang.of("en-GB_x")).contains(Lang.EN);
    }

    @Test
    void anythingElseIsNoLanguage() {
        assertThat(Lang.of(null)).isEmpty();
        assertThat(Lang.of("")).isEmpty();
        assertThat(Lang.of("fr")).isEmpty();
        assertThat(Lang.of("-en")).isEmpty();
        assertThat(Lang.of("eng")).isEmpty();
        assertThat(Lang.of("e-n")).isEmpty();
    }
}
