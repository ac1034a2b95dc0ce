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
