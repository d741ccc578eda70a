// Editor family: ProseMirror (+ history), from its npm package (fixtures/editors/prosemirror.html).
import { describeModelEditor } from './model-editor.ts';

describeModelEditor({ name: 'ProseMirror (+ history)', fixture: 'prosemirror.html', editor: '#svar' });
