// Small helpers the Blazor components call through JS interop.
window.bossRemote = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

// Copies text to the clipboard; resolves false when the browser refuses (e.g. not a secure context).
window.bossRemote.copy = async (text) => {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch (e) {
        return false;
    }
};

// Inserts text at the caret of a text field (or textarea) and returns the new value, so Blazor can take it over.
window.bossRemote.insertAtCaret = (id, text) => {
    const field = document.getElementById(id);
    if (!field) {
        return null;
    }
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    field.value = field.value.slice(0, start) + text + field.value.slice(end);
    field.selectionStart = field.selectionEnd = start + text.length;
    field.focus();
    return field.value;
};

// Until the page's circuit is live (MainLayout marks it .br-connecting), keys would type into fields and press buttons
// that nothing handles yet: the prerendered controls refuse them, as app.css makes them refuse the mouse.
(() => {
    const connecting = (target) => target instanceof Element && target.closest('.br-connecting') !== null;
    document.addEventListener('beforeinput', (e) => {
        if (connecting(e.target)) {
            e.preventDefault();
        }
    }, true);
    document.addEventListener('keydown', (e) => {
        if ((e.key === 'Enter' || e.key === ' ') && connecting(e.target)
            && e.target.closest('button:not(.br-works-prerendered)') !== null) {
            e.preventDefault();
        }
    }, true);
})();

// Tells the server, at most once per interval, that the person is using the page (keys, pointer, wheel, touch), so an
// open page counts as activity for the sign-in's idle timeout (ADR-015). The page updating itself does not count.
window.bossRemote.watchActivity = (reporter, intervalMs) => {
    window.bossRemote.stopWatchingActivity();
    let last = 0;
    const report = () => {
        const now = Date.now();
        if (now - last < intervalMs) {
            return;
        }
        last = now;
        reporter.invokeMethodAsync('ReportAsync').catch(() => { });
    };
    const types = ['keydown', 'pointerdown', 'wheel', 'touchstart'];
    types.forEach(type => document.addEventListener(type, report, { capture: true, passive: true }));
    window.bossRemote.stopActivity = () => types.forEach(type => document.removeEventListener(type, report, { capture: true }));
};

window.bossRemote.stopWatchingActivity = () => {
    window.bossRemote.stopActivity?.();
    window.bossRemote.stopActivity = null;
};

// The Session Summary's From and To: a date typed and confirmed with Enter applies, as it does on leaving the field.
// MudBlazor's picker takes Enter for itself (it opens the calendar and stops the browser's change), so Enter is caught
// first, on its way down, and the typed text committed as a change. Here rather than in a module the filter imports
// after it renders, so it works from the moment the field does.
document.addEventListener('keydown', (e) => {
    const input = e.target;
    if ((e.key === 'Enter' || e.key === 'NumpadEnter') && input instanceof HTMLInputElement && input.closest('.br-report-dates')) {
        e.stopPropagation();
        e.preventDefault();
        input.dispatchEvent(new Event('change', { bubbles: true }));
    }
}, true);
