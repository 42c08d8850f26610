package org.openfse.testing.swt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives a running SWT user interface from a test thread that is not the UI thread, the way
 * SWTBot does (SWTBot is not on Maven Central). Widgets are found by the id stored with
 * {@code widget.setData(key, id)}; every access runs on the UI thread through
 * {@link Display#syncExec(Runnable)}; waiting is always for a condition with a timeout.
 */
public final class SwtDriver {

    /** Default key of the widget id, as used by OpenFSE ({@code org.openfse.id}). */
    public static final String DEFAULT_KEY = "org.openfse.id";

    private static final long POLL_NANOS = Duration.ofMillis(25).toNanos();

    private final Display display;
    private final String key;
    private final Duration timeout;

    /**
     * @param display the display of the UI under test
     * @param key the {@code setData} key holding widget ids
     * @param timeout how long {@code waitUntil} and the finders wait by default
     */
    public SwtDriver(Display display, String key, Duration timeout) {
        this.display = Objects.requireNonNull(display, "display");
        this.key = Objects.requireNonNull(key, "key");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** A driver using {@link #DEFAULT_KEY} and a 20 s timeout. */
    public static SwtDriver on(Display display) {
        return new SwtDriver(display, DEFAULT_KEY, Duration.ofSeconds(20));
    }

    public Display display() {
        return display;
    }

    /** Runs on the UI thread and returns the result; exceptions are rethrown on the caller. */
    public <T> T call(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(action.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Runs on the UI thread. */
    public void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Waits until the condition, evaluated on the UI thread, is true.
     *
     * @throws AssertionError naming {@code what} when the timeout passes first
     */
    public void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, condition, timeout);
    }

    /** As {@link #waitUntil(String, BooleanSupplier)} with an explicit timeout. */
    public void waitUntil(String what, BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (Boolean.TRUE.equals(call(condition::getAsBoolean))) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + limit.toMillis() + " ms for: " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** The widget with this id in any shell, now, if there is one. */
    public <W extends Widget> Optional<W> find(String id, Class<W> type) {
        return Optional.ofNullable(call(() -> {
            for (Shell shell : display.getShells()) {
                W found = search(shell, id, type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }));
    }

    /** Waits for the widget with this id, visible, and returns it. */
    public <W extends Widget> W waitFor(String id, Class<W> type) {
        AtomicReference<W> found = new AtomicReference<>();
        waitUntil("widget '" + id + "' (" + type.getSimpleName() + ") visible", () -> {
            for (Shell shell : display.getShells()) {
                W widget = search(shell, id, type);
                if (widget != null && (!(widget instanceof Control control) || control.isVisible())) {
                    found.set(widget);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /** Waits for a visible shell whose title is {@code title}. */
    public Shell waitForShell(String title) {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil("shell '" + title + "'", () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    found.set(shell);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    private <W extends Widget> W search(Widget widget, String id, Class<W> type) {
        if (widget.isDisposed()) {
            return null;
        }
        if (id.equals(widget.getData(key)) && type.isInstance(widget)) {
            return type.cast(widget);
        }
        if (widget instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                W found = search(child, id, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Clicks a button the way a user does: selection toggled for check boxes, then Selection sent. */
    public void click(Button button) {
        run(() -> {
            if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
                button.setSelection(!button.getSelection());
            } else if ((button.getStyle() & SWT.RADIO) != 0) {
                button.setSelection(true);
            }
            button.setFocus();
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Clicks the button with this id once it is visible. */
    public void click(String id) {
        click(waitFor(id, Button.class));
    }

    /** Replaces the text of a field, sending Modify as typing does. */
    public void type(String id, String text) {
        Widget widget = waitFor(id, Widget.class);
        run(() -> {
            if (widget instanceof Text field) {
                field.setFocus();
                field.setText(text);
            } else if (widget instanceof Combo combo) {
                combo.setFocus();
                combo.setText(text);
            } else {
                throw new IllegalArgumentException("not a text field: " + id + " is " + widget.getClass().getSimpleName());
            }
            widget.notifyListeners(SWT.Modify, new Event());
        });
    }

    /** The text shown by a label, field, button or shell. */
    public String textOf(Widget widget) {
        return call(() -> {
            if (widget instanceof Label label) {
                return label.getText();
            }
            if (widget instanceof Text text) {
                return text.getText();
            }
            if (widget instanceof Button button) {
                return button.getText();
            }
            if (widget instanceof Combo combo) {
                return combo.getText();
            }
            if (widget instanceof Shell shell) {
                return shell.getText();
            }
            throw new IllegalArgumentException("no text on " + widget.getClass().getSimpleName());
        });
    }

    /** The text of the widget with this id. */
    public String textOf(String id) {
        return textOf(waitFor(id, Widget.class));
    }

    /**
     * Saves a PNG of a shell as it is on screen now (under Xvfb, the virtual screen).
     *
     * @return the file written
     */
    public Path screenshot(Shell shell, Path file) {
        ImageData data = call(() -> {
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                return image.getImageData();
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    /** Every id currently set on visible widgets, for failure messages. */
    public List<String> visibleIds() {
        return call(() -> {
            List<String> ids = new ArrayList<>();
            for (Shell shell : display.getShells()) {
                collect(shell, ids);
            }
            return ids;
        });
    }

    private void collect(Widget widget, List<String> ids) {
        Object id = widget.getData(key);
        if (id instanceof String text && (!(widget instanceof Control control) || control.isVisible())) {
            ids.add(text);
        }
        if (widget instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, ids);
            }
        }
    }
}
