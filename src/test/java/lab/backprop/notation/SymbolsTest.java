package lab.backprop.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymbolsTest {
    @Test
    void namesUnitsWithOneBasedSubscripts() {
        assertThat(Symbols.of(Quantity.DELTA, Role.OUTPUT, 0, 0)).isEqualTo("Δ₁");
        assertThat(Symbols.of(Quantity.DELTA, Role.HIDDEN, 1, 0)).isEqualTo("δ₂");
        assertThat(Symbols.of(Quantity.NET, Role.HIDDEN, 0, 0)).isEqualTo("u₁");
        assertThat(Symbols.of(Quantity.OUT, Role.OUTPUT, 2, 0)).isEqualTo("y₃");
        assertThat(Symbols.of(Quantity.DERIVATIVE, Role.OUTPUT, 0, 0)).isEqualTo("g′(a₁)");
    }

    @Test
    void namesAWeightByItsReceivingThenSendingUnit() {
        assertThat(Symbols.of(Quantity.NEW_WEIGHTS, Role.OUTPUT, 0, 1)).isEqualTo("w₁₂(t+1)");
        assertThat(Symbols.of(Quantity.WEIGHT_UPDATES, Role.HIDDEN, 1, 0)).isEqualTo("Δv₂₁");
        assertThat(Symbols.of(Quantity.GRAD_WEIGHTS, Role.OUTPUT, 0, 1)).isEqualTo("∂E/∂w₁₂");
    }

    @Test
    void namesABiasAsTheWeightFromAConstantUnitZero() {
        assertThat(Symbols.of(Quantity.NEW_BIASES, Role.HIDDEN, 0, 0)).isEqualTo("v₁₀(t+1)");
        assertThat(Symbols.of(Quantity.BIAS_UPDATES, Role.OUTPUT, 1, 0)).isEqualTo("Δw₂₀");
    }

    @Test
    void separatesSubscriptsWithACommaBeyondNine() {
        assertThat(Symbols.of(Quantity.NEW_WEIGHTS, Role.OUTPUT, 9, 1)).isEqualTo("w₁₀,₂(t+1)");
        assertThat(Symbols.of(Quantity.OUT, Role.HIDDEN, 11, 0)).isEqualTo("z₁₂");
    }
}
