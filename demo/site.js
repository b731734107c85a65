// The clinic site's own script: its "Ask a question" button opens the widget through
// the documented queue stub, so it works whether or not the widget has loaded yet.
window.FaqWidget = window.FaqWidget || function () { (window.FaqWidget.q = window.FaqWidget.q || []).push(arguments); };
document.getElementById('ask').addEventListener('click', function () { window.FaqWidget('open'); });
