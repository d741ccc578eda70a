// Editor family: Quill 2, from its npm package (fixtures/editors/quill.html).
import { describeModelEditor } from './model-editor.ts';

describeModelEditor({ name: 'Quill 2', fixture: 'quill.html', editor: '.ql-editor', pausesByTime: true });
