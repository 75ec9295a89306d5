// Starts Scalar's API reference on the page's #claimtracker-api element, reading the document this app serves. A file
// of its own because the Content-Security-Policy allows no inline script. Fonts stay the browser's (Scalar's default
// fonts come from elsewhere, which the policy refuses), and requests tried from the page go straight to this app.
(function () {
    const root = document.getElementById('claimtracker-api');
    if (!root || !window.Scalar) {
        return;
    }
    window.Scalar.createApiReference(root, {
        url: root.dataset.document,
        withDefaultFonts: false,
        hideDownloadButton: false,
        hideClientButton: true,
        telemetry: false,
        showDeveloperTools: 'never',
        agent: { disabled: true },
        mcp: { disabled: true },
    });
})();
