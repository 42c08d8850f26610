package org.openfse.card.pcsc.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardProfile;
import org.openfse.core.card.CardType;
import org.osgi.framework.Constants;

/**
 * The card profiles the driver decodes cards with, highest {@code service.ranking} first (then the
 * lowest {@code service.id}), and the built-in table of real cards' ATRs for cards no profile knows.
 */
final class Profiles {

    private record Entry(CardProfile profile, int ranking, long serviceId) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final AtrClassifier builtIn;

    Profiles(AtrClassifier builtIn) {
        this.builtIn = builtIn;
    }

    void add(CardProfile profile, Map<String, ?> properties) {
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        long id = properties.get(Constants.SERVICE_ID) instanceof Long l ? l : Long.MAX_VALUE;
        entries.add(new Entry(profile, ranking, id));
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt(Entry::ranking).reversed().thenComparingLong(Entry::serviceId));
        entries.clear();
        entries.addAll(sorted);
    }

    void remove(CardProfile profile) {
        entries.removeIf(e -> e.profile() == profile);
    }

    /** The type of a card: the first profile that knows the ATR, else the built-in table. */
    CardType classify(byte[] atr) {
        if (atr == null || atr.length == 0) {
            return CardType.NONE;
        }
        for (Entry entry : entries) {
            Optional<CardType> type = classify(entry.profile(), atr);
            if (type.isPresent()) {
                return type.get();
            }
        }
        return builtIn.classify(atr);
    }

    /**
     * The profile that reads this card as the {@code wanted} type.
     *
     * @throws CardException UNKNOWN_CARD naming what the card is and why it cannot be read
     */
    CardProfile forCard(byte[] atr, CardType wanted, String reader) throws CardException {
        for (Entry entry : entries) {
            Optional<CardType> type = classify(entry.profile(), atr);
            if (type.isPresent() && type.get() == wanted) {
                return entry.profile();
            }
        }
        CardType actual = classify(atr);
        String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(atr);
        if (actual == wanted) {
            throw new CardException(Reason.UNKNOWN_CARD, "no installed card profile reads the " + wanted + " card in " + reader
                    + " (ATR " + hex + "): real cards need a certified SESAM-Vitale profile");
        }
        throw new CardException(Reason.UNKNOWN_CARD, "the card in " + reader + " is " + actual + ", not " + wanted + " (ATR " + hex + ")");
    }

    private static Optional<CardType> classify(CardProfile profile, byte[] atr) {
        try {
            Optional<CardType> type = profile.classify(atr.clone());
            return type == null ? Optional.empty() : type;
        } catch (RuntimeException e) {
            System.getLogger(Profiles.class.getName()).log(System.Logger.Level.WARNING,
                    "card profile " + profile.getClass().getName() + " failed to classify an ATR", e);
            return Optional.empty();
        }
    }
}
