// A date typed into From or To and confirmed with Enter applies, as it does on leaving the field. MudBlazor's picker
// takes Enter for itself (it opens the calendar and stops the browser's change), so the filter catches Enter first,
// on its way down, and commits the typed text as a change.
export function commitDatesOnEnter(root) {
    if (!root || root.dataset.commitOnEnter) {
        return;
    }

    root.dataset.commitOnEnter = "true";
    root.addEventListener("keydown", event => {
        const input = event.target;
        if ((event.key === "Enter" || event.key === "NumpadEnter") && input instanceof HTMLInputElement
            && input.closest(".br-report-dates")) {
            event.stopPropagation();
            event.preventDefault();
            input.dispatchEvent(new Event("change", { bubbles: true }));
        }
    }, true);
}
