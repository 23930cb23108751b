package lab.backprop.worked;

import lab.backprop.notation.Letters;
import lab.backprop.notation.Subscripts;

/**
 * How a worked formula is written: {@link #UNICODE} for a page ({@code v₁₂·x₂}, {@code Δ₁}, {@code ½}),
 * {@link #TEX} for LaTeX and Markdown ({@code v_{12}\,x_{2}}, {@code \Delta_{1}}, {@code \tfrac{1}{2}}).
 * {@link WorkedStep} writes each formula once against these pieces; only the spelling differs.
 */
public enum Script {
    UNICODE {
        @Override
        public String sub(String base, int... indices) {
            return Subscripts.of(base, indices);
        }

        @Override
        public String sub(String base, String letter, int... indices) {
            return Subscripts.of(base + Letters.subscript(letter), indices);
        }

        @Override
        public String sum(String letter) {
            return "Σ" + Letters.subscript(letter) + " ";
        }

        @Override
        String word(String name) {
            return name;
        }

        @Override
        public String number(String formatted) {
            return formatted.replace('-', '−');
        }

        @Override
        public String sigmoid(String exponent) {
            return "1 / (1 + e^(−" + exponent + "))";
        }

        @Override
        public String function(String name, String argument) {
            return name + "(" + argument + ")";
        }

        @Override
        public String step(String net) {
            return "(" + net + " > 0 ? 1 : 0)";
        }
    },
    TEX {
        @Override
        public String sub(String base, int... indices) {
            StringBuilder digits = new StringBuilder();
            boolean wide = false;
            for (int index : indices) {
                wide |= index > 9;
            }
            for (int n = 0; n < indices.length; n++) {
                digits.append(wide && n > 0 ? "," : "").append(indices[n]);
            }
            return word(base) + "_{" + digits + "}";
        }

        @Override
        public String sub(String base, String letter, int... indices) {
            StringBuilder digits = new StringBuilder(letter);
            for (int index : indices) {
                digits.append(index > 9 ? "," : "").append(index);
            }
            return word(base) + "_{" + digits + "}";
        }

        @Override
        public String sum(String letter) {
            return "\\sum_{" + letter + "} ";
        }

        @Override
        String word(String name) {
            return switch (name) {
                case "δ" -> "\\delta";
                case "Δ" -> "\\Delta";
                case "η" -> "\\eta";
                case "·" -> "\\,";
                case "×" -> " \\times ";
                case " × " -> " \\times ";
                case " − " -> " - ";
                case "−" -> "-";
                case "′" -> "'";
                case "²" -> "^2";
                case "½" -> "\\tfrac{1}{2}";
                default -> name;
            };
        }

        @Override
        public String number(String formatted) {
            return formatted;
        }

        @Override
        public String sigmoid(String exponent) {
            return "\\frac{1}{1 + e^{-" + exponent + "}}";
        }

        @Override
        public String function(String name, String argument) {
            return "\\" + name + "(" + argument + ")";
        }

        @Override
        public String step(String net) {
            return "(1 \\text{ if } " + net + " > 0 \\text{, else } 0)";
        }
    };

    /** {@code base} (a letter or δ, Δ) with numeric subscripts: v₁₂, δ₁ / v_{12}, \delta_{1}. */
    public abstract String sub(String base, int... indices);

    /** {@code base} with an index letter, then numbers: dₖ, wₖ₁ / d_{k}, w_{k1}. */
    public abstract String sub(String base, String letter, int... indices);

    /** The sum over an index letter, with a trailing space: "Σₖ " / "\sum_{k} ". */
    public abstract String sum(String letter);

    /** A symbol or operator as this script writes it: δ, Δ, η, · (a product of symbols), × and " × " (of numbers), −, ′, ², ½. */
    abstract String word(String name);

    /** A number formatted with Locale.ROOT, its minus sign as this script writes it. */
    public abstract String number(String formatted);

    /** The sigmoid 1 / (1 + e^(−exponent)). */
    public abstract String sigmoid(String exponent);

    /** A named function of one argument: tanh, max. */
    public abstract String function(String name, String argument);

    /** The derivative of the ReLU at this net input: 1 when positive, else 0. */
    public abstract String step(String net);

    /** A change of a weight: Δw₁₂ / \Delta w_{12}. */
    public String change(String weight) {
        return this == UNICODE ? "Δ" + weight : "\\Delta " + weight;
    }

    /** g′(argument). */
    public String gPrime(String argument) {
        return "g" + word("′") + "(" + argument + ")";
    }
}
