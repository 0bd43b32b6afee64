// tarteaucitron reads its language from this global before it loads.
window.tarteaucitronForceLanguage = 'fr';
