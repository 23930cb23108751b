package lab.backprop.web;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import lab.backprop.i18n.Lang;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** UI strings from {@code i18n/messages_ko.properties} and {@code messages_en.properties}, for #{key} in templates. */
public final class Messages implements IMessageResolver {
    private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

    public Messages() {
        for (Lang lang : Lang.values()) {
            bundles.put(lang, ResourceBundle.getBundle("i18n/messages", lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /**
     * The text of {@code key} in {@code lang}, with {0}, {1}... filled in; the key itself if unknown.
     * Every message is a {@link MessageFormat} pattern, so a quote is written twice (g''(a)).
     */
    public String get(Lang lang, String key, Object... args) {
        try {
            String pattern = bundles.get(lang).getString(key);
            return new MessageFormat(pattern, lang.locale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
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
