package lab.backprop.web;

import lab.backprop.i18n.Lang;
import lab.backprop.i18n.Texts;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** #{key} in templates: the app's {@link Texts} in the page's language. */
public final class Messages implements IMessageResolver {
    private final Texts texts = Texts.get();

    /** The text of {@code key} in {@code lang}, with {0}, {1}... filled in; the key itself if unknown. */
    public String get(Lang lang, String key, Object... args) {
        return texts.of(lang, key, args);
    }

    @Override
    public String getName() {
        return "backprop-lab-messages";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        Lang lang = Lang.of(context.getLocale().getLanguage()).orElse(Lang.DEFAULT);
        return get(lang, key, args == null ? new Object[0] : args);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] args) {
        return "??" + key + "??";
    }
}
