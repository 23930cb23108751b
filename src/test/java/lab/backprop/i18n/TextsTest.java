package lab.backprop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextsTest {
    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyTextIsWhatMessageFormatMakesOfIt(Lang lang) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] args = {"α", "β", "γ", "δ"};
        int literal = 0;
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            literal += Texts.isLiteral(pattern) ? 1 : 0;
            assertThat(Texts.get().of(lang, key, args)).as(key)
                    .isEqualTo(new MessageFormat(pattern, lang.locale()).format(args));
            assertThat(Texts.get().of(lang, key)).as(key)
                    .isEqualTo(new MessageFormat(pattern, lang.locale()).format(new Object[0]));
        }
        assertThat(literal).as("texts that skip MessageFormat").isGreaterThan(100);
        assertThat(bundle.keySet().size() - literal).as("texts with a {0} or a quote").isGreaterThan(20);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void anUnknownKeyIsItself(Lang lang) {
        assertThat(Texts.get().of(lang, "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void onlyAPatternWithoutBracesAndQuotesIsLiteral() {
        assertThat(Texts.isLiteral("Compute one step")).isTrue();
        assertThat(Texts.isLiteral("한 단계 계산")).isTrue();
        assertThat(Texts.isLiteral("Weights of {0}")).isFalse();
        assertThat(Texts.isLiteral("g''(a)")).isFalse();
    }
}
