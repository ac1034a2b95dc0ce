// Small helpers the Blazor components call through JS interop.
window.bossRemote = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
