package org.primarysources.archive.core.source;

import org.primarysources.archive.core.history.HashChain;

import java.text.Normalizer;

/**
 * The normal form in which transcriptions are stored and hashed: Unicode NFC, {@code \n} line ends, no trailing
 * spaces on a line, no trailing empty lines. Letters, diacritics and punctuation are never changed.
 */
public final class Transcriptions {

    private Transcriptions() {
    }

    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        return nfc.replaceAll("[ \\t\\u00A0]+\\n", "\n").stripTrailing();
    }

    public static String sha256(String normalisedText) {
        return HashChain.sha256(normalisedText);
    }
}
