package org.openfse.tariff.spi;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.PricingException;

/**
 * The French texts of one bundle: a {@code messages.properties} resource bundle (the base file
 * is French) loaded from that bundle's own class loader, formatted with {@link MessageFormat}
 * (an apostrophe is written {@code ''} in the file).
 */
public final class Texts {

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @param anchor a class of the bundle that holds the texts; its class loader is used
     * @param baseName the bundle's base name, e.g. {@code org.openfse.specialty.nurse.internal.messages}
     * @throws MissingResourceException when the bundle ships no such file
     */
    public static Texts load(Class<?> anchor, String baseName) {
        return new Texts(ResourceBundle.getBundle(baseName, Locale.getDefault(), anchor.getClassLoader()));
    }

    /** The text of {@code key} with its arguments inserted. */
    public String format(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        return new MessageFormat(bundle.getString(key), Locale.FRENCH).format(arguments);
    }

    /** A {@link PricingException} whose message is the text of {@code key}. */
    public PricingException refusal(PricingException.Reason reason, String field, String key, Object... arguments) {
        return new PricingException(reason, field, format(key, arguments));
    }

    /**
     * A {@link PricingException} about one line: the field is {@code lines[index].name} and the
     * text of {@code key} receives the line number counted from 1 as <code>{0}</code>, the line's
     * code as <code>{1}</code>, then {@code more}.
     */
    public PricingException lineRefusal(PricingException.Reason reason, int index, String name, String key, ActLine line,
            Object... more) {
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = index + 1;
        arguments[1] = line.code();
        System.arraycopy(more, 0, arguments, 2, more.length);
        return refusal(reason, Fields.line(index, name), key, arguments);
    }
}
