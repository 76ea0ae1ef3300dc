/**
 * Runs in <head> before the first paint: applies the remembered theme (or the system's) and the
 * remembered lesson split width, so neither flashes. Kept tiny and dependency-free on purpose.
 */
export const THEME_KEY = 'dockerlings:theme';
export const SPLIT_KEY = 'dockerlings:split';

export const THEME_SCRIPT = `(function(){try{var d=document.documentElement,t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';d.setAttribute('data-theme',t);var s=Number(localStorage.getItem(${JSON.stringify(SPLIT_KEY)}));if(s>=25&&s<=75)d.style.setProperty('--split',s+'%')}catch(e){}})()`;
