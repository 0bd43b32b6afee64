// Stands for a tracker: the test reads this mark to know the gating released it.
document.documentElement.dataset.gatedScriptRan = 'true';
