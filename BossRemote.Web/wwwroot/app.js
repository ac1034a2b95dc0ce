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
