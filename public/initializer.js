// Shows a readable message in the widget's box when the WebAssembly fails to start.
export default function initializer() {
  return {
    onFailure(error) {
      console.error("career-explorer: could not start", error);
      const box = document.getElementById("app");
      if (box && !box.shadowRoot) {
        box.textContent = "";
        const p = document.createElement("p");
        p.className = "page-error";
        p.setAttribute("role", "alert");
        p.textContent = "The career explorer could not start in this browser. Reload the page to try again.";
        box.append(p);
      }
    },
  };
}
