package org.openfse.tariff.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openfse.core.Money;
import org.openfse.core.command.CliCommand;
import org.openfse.core.routing.CoverageRouter;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.tariff.cli.internal.json.JsonException;
import org.openfse.tariff.cli.internal.json.JsonReader;
import org.openfse.tariff.cli.internal.json.JsonWriter;
import org.openfse.tariff.spi.Texts;

/**
 * Prices JSON invoices with the tariff engine and routes them with the router: one document
 * ({@link #single}) or one invoice per line ({@link #batch}). Plain Java, so that tests and
 * benchmarks run it without OSGi.
 */
final class PriceRunner {

    /** Largest single document read, in bytes. */
    static final int MAX_DOCUMENT = 16 * 1024 * 1024;
    /** Longest line of a batch, in characters. */
    static final int MAX_LINE = 1024 * 1024;
    /** Refused lines of a batch reported one by one on stderr; the others are counted. */
    static final int REPORTED_REFUSALS = 10;
    /** Lines of a batch priced together by one worker. */
    static final int CHUNK = 512;

    private static final System.Logger LOG = System.getLogger(PriceRunner.class.getName());

    private final TariffEngine engine;
    private final CoverageRouter router;
    private final Texts texts;
    private final PriceInput input;

    PriceRunner(TariffEngine engine, CoverageRouter router, Texts texts) {
        this.engine = engine;
        this.router = router;
        this.texts = texts;
        this.input = new PriceInput(texts);
    }

    /** An invoice priced, or why not. */
    private sealed interface Outcome permits Priced, Refused {
    }

    private record Priced(PricedInvoice invoice, Map<String, Object> json) implements Outcome {
    }

    private record Refused(String field, String message, boolean json) implements Outcome {
    }

    /**
     * Prices the one JSON document of {@code in} and prints the result, indented, in UTF-8 on {@code out}.
     *
     * @param name the file name shown in messages ({@code -} for stdin)
     * @return {@link CliCommand#OK}, or {@link CliCommand#INVALID_INPUT} with a French message on {@code err}
     */
    int single(String name, InputStream in, PrintStream out, PrintStream err) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT + 1);
        if (bytes.length > MAX_DOCUMENT) {
            err.println(texts.format("price.fileTooLarge", name, String.valueOf(MAX_DOCUMENT)));
            return CliCommand.INVALID_INPUT;
        }
        String text;
        try {
            text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            err.println(texts.format("price.unreadableFile", name, texts.format("price.notUtf8")));
            return CliCommand.INVALID_INPUT;
        }
        JsonLocation location = new JsonLocation();
        Outcome outcome = price(withoutBom(text), location);
        if (outcome instanceof Priced priced) {
            out.write((JsonWriter.pretty(priced.json()) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return CliCommand.OK;
        }
        Refused refused = (Refused) outcome;
        if (refused.json()) {
            err.println(texts.format("price.json", String.valueOf(location.line), String.valueOf(location.column), refused.message()));
        } else {
            err.println(texts.format("price.invalid", refused.field(), refused.message()));
        }
        return CliCommand.INVALID_INPUT;
    }

    /**
     * Prices one invoice per line of {@code in} (blank lines are skipped) and writes one compact
     * JSON line per invoice on {@code out}, in order: the result, or {@code {"error":…}}; with
     * {@code summary}, only one line of counts and totals at the end. Lines are priced in chunks
     * of {@value #CHUNK} by one worker per processor; results are written in input order.
     *
     * @return {@link CliCommand#OK} when every invoice was priced, {@link CliCommand#INVALID_INPUT} otherwise
     */
    int batch(InputStream in, OutputStream out, PrintStream err, boolean summary) throws IOException {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "openfse-price-batch");
            thread.setDaemon(true);
            return thread;
        });
        BatchTotals totals = new BatchTotals(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), err);
        Deque<Future<Chunk>> pending = new ArrayDeque<>();
        LineReader lines = new LineReader(new InputStreamReader(in, strictUtf8()), MAX_LINE);
        int lastLine = 0;
        try {
            List<LineReader.Line> chunk = new ArrayList<>(CHUNK);
            try {
                for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                    lastLine = line.number();
                    if (!line.tooLong() && line.text().isBlank()) {
                        continue;
                    }
                    chunk.add(line);
                    if (chunk.size() == CHUNK) {
                        List<LineReader.Line> work = chunk;
                        pending.addLast(pool.submit(() -> price(work, summary)));
                        chunk = new ArrayList<>(CHUNK);
                        while (pending.size() > 2 * workers) {
                            totals.add(result(pending.removeFirst()));
                        }
                    }
                }
            } catch (CharacterCodingException e) {
                while (!pending.isEmpty()) {
                    totals.add(result(pending.removeFirst()));
                }
                totals.add(price(chunk, summary));
                totals.writer.flush();
                err.println(texts.format("price.batch.notUtf8", String.valueOf(lastLine + 1)));
                return CliCommand.INVALID_INPUT;
            }
            List<LineReader.Line> work = chunk;
            pending.addLast(pool.submit(() -> price(work, summary)));
            while (!pending.isEmpty()) {
                totals.add(result(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
        if (summary) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("invoices", totals.invoices);
            counts.put("priced", totals.invoices - totals.refused);
            counts.put("refused", totals.refused);
            counts.put("totals", PriceOutput.totals(Money.ofCents(totals.net), Money.ofCents(totals.amo), Money.ofCents(totals.amc),
                    Money.ofCents(totals.patient)));
            totals.writer.write(JsonWriter.compact(counts));
            totals.writer.write('\n');
        }
        totals.writer.flush();
        if (totals.refused > REPORTED_REFUSALS) {
            err.println(texts.format("price.batch.moreRefused", String.valueOf(totals.refused - REPORTED_REFUSALS)));
        }
        if (totals.refused > 0) {
            err.println(texts.format("price.batch.refused", String.valueOf(totals.refused), String.valueOf(totals.invoices)));
            return CliCommand.INVALID_INPUT;
        }
        return CliCommand.OK;
    }

    /** What a worker made of a chunk of lines: the output text, the counts, the refusals to report. */
    private record Chunk(CharSequence output, long invoices, long refused, long net, long amo, long amc, long patient,
            List<String> refusals) {
    }

    /** Adds up the chunks, in input order, and writes them. */
    private static final class BatchTotals {
        final Writer writer;
        final PrintStream err;
        long invoices;
        long refused;
        long net;
        long amo;
        long amc;
        long patient;

        BatchTotals(Writer writer, PrintStream err) {
            this.writer = writer;
            this.err = err;
        }

        void add(Chunk chunk) throws IOException {
            for (String refusal : chunk.refusals()) {
                if (refused++ < REPORTED_REFUSALS) {
                    err.println(refusal);
                }
            }
            refused += chunk.refused() - chunk.refusals().size();
            invoices += chunk.invoices();
            net += chunk.net();
            amo += chunk.amo();
            amc += chunk.amc();
            patient += chunk.patient();
            writer.append(chunk.output());
        }
    }

    private static Chunk result(Future<Chunk> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pricing a batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Prices a chunk of lines; runs on a worker thread. */
    private Chunk price(List<LineReader.Line> lines, boolean summary) {
        StringBuilder output = new StringBuilder(summary ? 0 : lines.size() * 800);
        JsonLocation location = new JsonLocation();
        List<String> refusals = new ArrayList<>();
        long refused = 0;
        long net = 0;
        long amo = 0;
        long amc = 0;
        long patient = 0;
        for (LineReader.Line line : lines) {
            Outcome outcome = line.tooLong()
                    ? new Refused("(ligne)", texts.format("price.lineTooLong", String.valueOf(line.number()), String.valueOf(MAX_LINE)),
                            false)
                    : price(line.number() == 1 ? withoutBom(line.text()) : line.text(), location);
            Object result;
            if (outcome instanceof Priced priced) {
                net += priced.invoice().net().cents();
                amo += priced.invoice().amo().cents();
                amc += priced.invoice().amc().cents();
                patient += priced.invoice().patient().cents();
                result = priced.json();
            } else {
                Refused refusal = (Refused) outcome;
                refused++;
                String message = refusal.json()
                        ? texts.format("price.batch.json", String.valueOf(line.number()), String.valueOf(location.column),
                                refusal.message())
                        : texts.format("price.batch.invalid", String.valueOf(line.number()), refusal.field(), refusal.message());
                if (refusals.size() < REPORTED_REFUSALS) {
                    refusals.add(message);
                }
                result = PriceOutput.error(line.number(), refusal.json() ? "(json)" : refusal.field(),
                        refusal.json() ? message : refusal.message());
            }
            if (!summary) {
                JsonWriter.write(result, output, false, 0);
                output.append('\n');
            }
        }
        return new Chunk(output, lines.size(), refused, net, amo, amc, patient, refusals);
    }

    /** Where the last JSON error was. */
    private static final class JsonLocation {
        int line;
        int column;
    }

    private Outcome price(String text, JsonLocation location) {
        Object json;
        try {
            json = JsonReader.read(text);
        } catch (JsonException e) {
            location.line = e.line();
            location.column = e.column();
            LOG.log(System.Logger.Level.DEBUG, "price input is not JSON: {0}", e.getMessage());
            return new Refused("(json)", texts.format("json." + e.problem().name(), e.found()), true);
        }
        PriceOrder order;
        try {
            order = input.read(json);
        } catch (InvalidInputException e) {
            LOG.log(System.Logger.Level.DEBUG, "price input refused: field {0}: {1}", e.field(), e.getMessage());
            return new Refused(e.field(), e.getMessage(), false);
        }
        PricedInvoice invoice;
        try {
            invoice = engine.price(order.request());
        } catch (PricingException e) {
            LOG.log(System.Logger.Level.DEBUG, "pricing refused: {0} on field {1}: {2}", e.reason(), e.field(), e.getMessage());
            return new Refused(e.field(), e.getMessage(), false);
        }
        RoutingOutcome routing = RoutingOutcome.route(router, invoice, order.routing());
        return new Priced(invoice, PriceOutput.priced(invoice, routing, order.routing(), order.request().coverage().forcings()));
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
