// Editor family: CKEditor 5 (classic), from its npm package (fixtures/editors/ckeditor5.html).
import { describeModelEditor } from './model-editor.ts';

describeModelEditor({ name: 'CKEditor 5 (classic)', fixture: 'ckeditor5.html', editor: '.ck-editor__editable' });
