package lab.backprop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SplitMix64Test {
    @Test
    void seedZeroGivesThePublishedReferenceOutputs() {
        // The first outputs of the reference C implementation (Vigna, splitmix64.c) seeded with 0.
        SplitMix64 r = new SplitMix64(0);
        assertThat(r.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(r.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(r.nextLong()).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void aShuffleIsAPermutationFixedByTheSeed() {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7};
        new SplitMix64(42).shuffle(a);
        int[] again = {0, 1, 2, 3, 4, 5, 6, 7};
        new SplitMix64(42).shuffle(again);
        assertThat(again).isEqualTo(a);
        assertThat(Arrays.stream(a).sorted().toArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(a).isNotEqualTo(new int[] {0, 1, 2, 3, 4, 5, 6, 7});
    }

    @Test
    void aShuffleSwapsAsFisherYatesFromTheTopSays() {
        // n = 3: i = 2 swaps with j = u1 mod 3, then i = 1 swaps with j = u2 mod 2, u the outputs of seed 0.
        int[] a = {0, 1, 2};
        new SplitMix64(0).shuffle(a);
        int[] expected = {0, 1, 2};
        swap(expected, 2, (int) Long.remainderUnsigned(0xE220A8397B1DCDAFL, 3));
        swap(expected, 1, (int) Long.remainderUnsigned(0x6E789E6AA1B965F4L, 2));
        assertThat(a).isEqualTo(expected);
    }

    @Test
    void doublesLieInTheUnitInterval() {
        SplitMix64 r = new SplitMix64(0);
        assertThat(r.nextDouble()).isEqualTo((0xE220A8397B1DCDAFL >>> 11) / 0x1.0p53);
        for (int n = 0; n < 1000; n++) {
            assertThat(r.nextDouble()).isBetween(0.0, 1.0).isNotEqualTo(1.0);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
