// The entry point: the global styles and the app shell mounted on the page's body.

import { mount } from "svelte";
import App from "./App.svelte";
import "./style.css";

mount(App, { target: document.body });
