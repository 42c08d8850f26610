package org.openfse.card.demo.internal.profile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records of the OpenFSE test cards: a sequence of simple-TLV fields (ISO 7816-4 §5.2.1): one
 * tag byte ({@code 01} to {@code FE}), one length byte ({@code 00} to {@code FE}), the value as UTF-8
 * text. A record holds at most {@value #MAX_RECORD} bytes, so that it is read with one short READ
 * RECORD. See docs/card-profile.md.
 */
public final class Tlv {

    /** Largest record: what one short APDU response carries (Le 00 = 256, kept one below). */
    public static final int MAX_RECORD = 255;

    private final List<Field> fields;

    /** One field. */
    public record Field(int tag, String value) {
    }

    private Tlv(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /**
     * Parses a record.
     *
     * @throws IllegalArgumentException when a tag is 00 or FF, or a length runs past the end
     */
    public static Tlv parse(byte[] record) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (i < record.length) {
            int tag = record[i] & 0xFF;
            if (tag == 0x00 || tag == 0xFF) {
                throw new IllegalArgumentException(String.format("tag %02X at offset %d is not a simple-TLV tag", tag, i));
            }
            if (i + 1 >= record.length) {
                throw new IllegalArgumentException(String.format("tag %02X at offset %d has no length", tag, i));
            }
            int length = record[i + 1] & 0xFF;
            if (length == 0xFF) {
                throw new IllegalArgumentException(String.format("tag %02X uses a 3-byte length, not allowed here", tag));
            }
            if (i + 2 + length > record.length) {
                throw new IllegalArgumentException(String.format("tag %02X at offset %d: length %d runs past the end (%d bytes)",
                        tag, i, length, record.length));
            }
            fields.add(new Field(tag, new String(record, i + 2, length, StandardCharsets.UTF_8)));
            i += 2 + length;
        }
        return new Tlv(fields);
    }

    /** The first value of a tag. */
    public Optional<String> first(int tag) {
        return fields.stream().filter(f -> f.tag() == tag).map(Field::value).findFirst();
    }

    /** Every value of a repeated tag, in order. */
    public List<String> all(int tag) {
        return fields.stream().filter(f -> f.tag() == tag).map(Field::value).toList();
    }

    /** The value of a tag that must be there. */
    public String required(int tag) {
        return first(tag).orElseThrow(() -> new IllegalArgumentException(String.format("mandatory tag %02X is missing", tag)));
    }

    public List<Field> fields() {
        return fields;
    }

    /** Builds a record. */
    public static final class Builder {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        /** Adds a field. */
        public Builder add(int tag, String value) {
            if (tag < 0x01 || tag > 0xFE) {
                throw new IllegalArgumentException("tag out of 01..FE: " + tag);
            }
            byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
            if (encoded.length > 0xFE) {
                throw new IllegalArgumentException(String.format("value of tag %02X is %d bytes, at most 254", tag, encoded.length));
            }
            bytes.write(tag);
            bytes.write(encoded.length);
            bytes.writeBytes(encoded);
            if (bytes.size() > MAX_RECORD) {
                throw new IllegalArgumentException("record longer than " + MAX_RECORD + " bytes");
            }
            return this;
        }

        /** Adds a field when the value is present and not empty. */
        public Builder addIfPresent(int tag, Optional<String> value) {
            value.filter(v -> !v.isEmpty()).ifPresent(v -> add(tag, v));
            return this;
        }

        /** Adds a field when the value is not empty. */
        public Builder addIfNotEmpty(int tag, String value) {
            return addIfPresent(tag, Optional.of(value));
        }

        public byte[] build() {
            return bytes.toByteArray();
        }
    }
}
