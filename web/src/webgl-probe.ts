// Asks the browser once what runs its WebGL: a graphics card, the processor (SwiftShader, llvmpipe) or nothing.
import { webglSupportOf, type WebglSupport } from './graph-scale.js';

export function probeWebgl(): WebglSupport {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return webglSupportOf(name);
  } catch {
    return 'none';
  }
}
